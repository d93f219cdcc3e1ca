#pragma once

#include "experiments/experiment.h"

/// An experiment of `cases` prompts × the given targets × `repeats`.
inline Experiment makeExperiment(int cases, const QList<Target> &targets, int repeats)
{
    Experiment e;
    e.name = QStringLiteral("test");
    e.promptTemplate = PromptTemplate(QStringLiteral("Q{{n}}: {{question}}"));
    for (int i = 0; i < cases; ++i) {
        TestCase tc;
        tc.id = QStringLiteral("c%1").arg(i);
        tc.vars.insert(QStringLiteral("n"), QString::number(i));
        tc.vars.insert(QStringLiteral("question"), QStringLiteral("what is %1?").arg(i));
        e.cases.append(tc);
    }
    e.targets = targets;
    e.repeats = repeats;
    return e;
}

inline Target makeTarget(const QString &id, const QString &provider, const QString &endpoint)
{
    Target t;
    t.id = id;
    t.tier = id;
    t.provider = provider;
    t.model = id + QStringLiteral("-model");
    t.endpoint = endpoint;
    return t;
}
