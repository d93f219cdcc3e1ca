#include "uilocale.h"

namespace UiLocale {

namespace {
/// The default locale; the C locale as QLocale::c() writes it (no group separators, as the
/// system's "C" would add).
QLocale uiLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale::c() : locale;
}
} // namespace

QString money(const QString &cText)
{
    const QLocale locale = uiLocale();
    qsizetype start = 0;
    while (start < cText.size() && !cText.at(start).isDigit())
        ++start;
    qsizetype end = start;
    while (end < cText.size() && (cText.at(end).isDigit() || cText.at(end) == u'.'))
        ++end;
    const QString digits = cText.mid(start, end - start);
    const qsizetype dot = digits.indexOf(u'.');
    QString whole = dot < 0 ? digits : digits.left(dot);
    if (!(locale.numberOptions() & QLocale::OmitGroupSeparator)) {
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, locale.groupSeparator());
    }
    const QString fraction = dot < 0 ? QString() : locale.decimalPoint() + digits.mid(dot + 1);
    return cText.left(start) + whole + fraction + cText.mid(end);
}

QString count(qint64 value)
{
    return uiLocale().toString(value);
}

QString number(double value, int decimals)
{
    return uiLocale().toString(value, 'f', decimals);
}

QString dateTime(const QDateTime &at)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return locale.language() == QLocale::C ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                           : locale.toString(local, QLocale::ShortFormat);
}

} // namespace UiLocale
