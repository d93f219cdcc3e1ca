#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

/// Numbers and money as the UI shows them: in the default locale (Translations::apply() sets
/// it to the UI language). Exports never use these; they write C-locale text.
namespace UiLocale {

/// `cText`, a C-locale amount such as "$1234.5678" or "-$0.0036" (Cost::format()), with the
/// locale's decimal point and, where the locale groups digits, its group separator.
QString money(const QString &cText);
/// A whole number; under the C locale (tests, LC_ALL=C) without separators.
QString count(qint64 value);
/// A decimal with `decimals` places.
QString number(double value, int decimals);
/// A local date and time: the locale's short format, or "yyyy-MM-dd HH:mm" under C.
QString dateTime(const QDateTime &at);

} // namespace UiLocale
