#include "providersmodel.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

void ProvidersModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ProvidersModel::setStatus(int row, const KeyStatus &status)
{
    m_rows[row].status = status;
    emit dataChanged(index(row, Key), index(row, Where));
}

void ProvidersModel::setConnection(int row, const QString &text, bool ok)
{
    m_rows[row].connection = text;
    m_rows[row].connectionOk = ok;
    emit dataChanged(index(row, Connection), index(row, Connection));
}

int ProvidersModel::rowOf(const QString &provider) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.name == provider)
            return i;
    }
    return -1;
}

int ProvidersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString whereText(const KeyStatus &s)
{
    switch (s.source) {
    case KeyStatus::Source::Keychain: return ProvidersModel::tr("keychain entry %1").arg(s.keychainEntry);
    case KeyStatus::Source::Environment: return ProvidersModel::tr("$%1").arg(s.envVariable);
    case KeyStatus::Source::NotNeeded: return s.reason;
    case KeyStatus::Source::Missing: break;
    }
    return ProvidersModel::tr("set $%1 or a keychain key").arg(s.envVariable);
}

} // namespace

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Provider: return r.info.label;
        case Key: return r.status.sourceText();
        case Where: return whereText(r.status);
        case BaseUrl: return r.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
        case Connection: return r.connection.isEmpty() ? tr("not tested") : r.connection;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Key || index.column() == Where)
            return r.status.reason.isEmpty() ? whereText(r.status) : r.status.reason;
        if (index.column() == Connection)
            return r.connection;
        if (index.column() == BaseUrl)
            return tr("From $%1 when set, else the public default.").arg(r.info.baseUrlVariable);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Key && !r.status.usable())
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (index.column() == Connection && !r.connectionOk)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (index.column() == Connection && r.connection.isEmpty())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::UserRole:
        return r.info.name;
    default:
        return {};
    }
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const char *const names[] = {QT_TR_NOOP("Provider"), QT_TR_NOOP("Key"), QT_TR_NOOP("Key comes from"),
                                 QT_TR_NOOP("Base URL"), QT_TR_NOOP("Connection")};
    return tr(names[section]);
}
