#pragma once

#include "cell.h"
#include "prompttemplate.h"
#include "target.h"
#include "testcase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// Sampling parameters sent with every call of an experiment.
struct GenerationParams
{
    std::optional<double> temperature;
    std::optional<int> maxTokens;

    bool operator==(const GenerationParams &) const = default;
};

/// An experiment: one prompt template with {{variables}}, a system prompt and parameters,
/// run over test cases × targets × repeats.
struct Experiment
{
    Q_DECLARE_TR_FUNCTIONS(Experiment)
public:
    QString name;
    PromptTemplate promptTemplate{QStringLiteral("{{prompt}}")};
    QString systemPrompt;
    GenerationParams params;
    QList<TestCase> cases;
    QList<Target> targets;
    int repeats = 1;

    int cellCount() const { return int(cases.size() * targets.size()) * repeats; }
    /// Every cell in a stable order: case, then repeat, then target (so one case's answers
    /// from all targets arrive together).
    QList<CellKey> cellKeys() const;
    bool contains(const CellKey &key) const;

    /// Renders every case up front; returns the first error ("case-3: no value for ...").
    QString validate() const;
    PromptTemplate::Rendered renderPrompt(int caseIndex) const;

    /// The definition as JSON (targets by id, provider, model, endpoint; no secrets).
    QJsonObject toJson() const;
    static std::optional<Experiment> fromJson(const QJsonObject &json, QString *error = nullptr);
    /// SHA-256 over what decides the cells' content: a resumed run must match it.
    QString fingerprint() const;
};
