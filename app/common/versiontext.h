#pragma once

#include "tierbench_versioninfo.h"

#include "money/int128.h"

#include <QDir>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/// What `--version` prints for both executables: the program's version, the Qt it runs on
/// (and was built with), the yaml-cpp it was built with, and how Decimal counts.
inline QString versionText(QLatin1StringView program)
{
    QString text = program + u' ' + QLatin1StringView(TIERBENCH_VERSION_STRING) + u'\n';
    text += u"Qt " + QLatin1StringView(qVersion());
    if (QLatin1StringView(qVersion()) != QLatin1StringView(QT_VERSION_STR))
        text += u" (built with " + QLatin1StringView(QT_VERSION_STR) + u')';
    text += u"\nyaml-cpp " + QLatin1StringView(TIERBENCH_YAML_CPP_VERSION) + u'\n';
    text += u"Decimal arithmetic: " + QLatin1StringView(WideInt::implementationName()) + u'\n';
    return text;
}

/// "Translations: de, fr (built in)" for the tierbench_<lang>.qm files in `dir`: the
/// installed ones (their folder is named) or those built in (":/i18n").
inline QString translationsText(const QString &dir)
{
    QStringList languages = QDir(dir).entryList({QStringLiteral("tierbench_*.qm")}, QDir::Files, QDir::Name);
    for (QString &l : languages)
        l = l.mid(10).chopped(3); // tierbench_de.qm -> de
    const QString where = dir.startsWith(u':') ? QStringLiteral("built in") : QDir::toNativeSeparators(dir);
    return u"Translations: " + (languages.isEmpty() ? QStringLiteral("none") : languages.join(u", ")) + u" (" + where
        + u")\n";
}
