#pragma once

#include <QList>
#include <QLocale>
#include <QString>

/// The languages TierBench ships and the translators that apply one. The .qm files are
/// embedded as :/i18n/tierbench_<code>.qm; Qt's own (qtbase_<code>.qm) come from Qt's
/// translations folder when it has them.
namespace Translations {

struct Language
{
    QString code; ///< "en", "de", "fr"
    QString name; ///< in that language: "English", "Deutsch", "Français"
};

/// Where the tierbench_<code>.qm files are read: ":/i18n" (built in) unless an installed
/// folder (share/tierbench/translations) is named here first.
void setDirectory(const QString &dir);
QString directory();

/// English first, then every shipped translation.
QList<Language> available();

/// The language `code` names, or for an empty or unknown code the system locale's when it is
/// shipped, else English.
QString resolve(const QString &code);

/// Installs the translators of `code` (see resolve()) on the application, replacing those
/// installed before, and makes its locale the default (numbers and dates in the UI follow it).
/// Returns the language applied. Call before building widgets: texts are read once.
QString apply(const QString &code);

} // namespace Translations
