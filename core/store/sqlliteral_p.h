#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Values written into SQL text, for the bulk paths (multi-row INSERTs of calls and
/// rollups), where binding through QSqlQuery costs more than the insert itself (Qt builds a
/// placeholder name per bound value and SQLite looks each one up by name).
///
/// Text is quoted for the connection's dialect so that no value can end the literal:
/// SQLite '...' with ' doubled; PostgreSQL E'...' with \ and ' escaped, which means the
/// same whatever standard_conforming_strings says. NUL characters (which neither database
/// stores in TEXT) are dropped.
class SqlLiterals
{
public:
    explicit SqlLiterals(const QSqlDatabase &db)
        : m_postgres(db.driverName() == u"QPSQL")
    {
    }

    void text(QString &out, const QString &s) const
    {
        if (s.isNull()) {
            out += QLatin1StringView("NULL");
            return;
        }
        out += m_postgres ? QLatin1StringView("E'") : QLatin1StringView("'");
        bool plain = true; // the common case: nothing to escape, append in one go
        for (const QChar c : s) {
            if (c == u'\'' || c == u'\\' || c.unicode() == 0) {
                plain = false;
                break;
            }
        }
        if (plain) {
            out += s;
        } else {
            for (const QChar c : s) {
                if (c == u'\'')
                    out += QLatin1StringView("''");
                else if (c == u'\\' && m_postgres)
                    out += QLatin1StringView("\\\\");
                else if (c.unicode() != 0)
                    out += c;
            }
        }
        out += u'\'';
    }
    /// Empty text for a null string (NOT NULL key columns).
    void textNotNull(QString &out, const QString &s) const { text(out, s.isNull() ? QStringLiteral("") : s); }
    static void integer(QString &out, qint64 v)
    {
        char buffer[24];
        char *end = buffer + sizeof buffer;
        char *p = end;
        quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
        do {
            *--p = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--p = '-';
        out += QLatin1StringView(p, end - p);
    }
    static void integer(QString &out, const std::optional<qint64> &v)
    {
        if (v)
            integer(out, *v);
        else
            out += QLatin1StringView("NULL");
    }

private:
    bool m_postgres;
};
