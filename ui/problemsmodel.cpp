#include "problemsmodel.h"

#include <QApplication>
#include <QStyle>

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setDiagnostics(const QString &fileName, const Diagnostics &diagnostics)
{
    beginResetModel();
    m_fileName = fileName;
    m_diagnostics = diagnostics;
    endResetModel();
}

Diagnostic ProblemsModel::diagnosticAt(int row) const
{
    return row >= 0 && row < m_diagnostics.size() ? m_diagnostics.at(row) : Diagnostic{};
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QIcon severityIcon(Diagnostic::Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Diagnostic::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Diagnostic::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Diagnostic::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return Diagnostic::severityName(d.severity);
        case MessageColumn: return d.message;
        case PathColumn: return d.path;
        case LocationColumn:
            return d.line > 0 ? m_fileName + QStringLiteral(":%1:%2").arg(d.line).arg(d.column)
                              : m_fileName;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(d.severity)) : QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 [%2]").arg(d.message, d.code);
    case LineRole: return d.line;
    case ColumnRole: return d.column;
    case PathRole: return d.path;
    case CodeRole: return d.code;
    default: return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Message");
    case PathColumn: return tr("Field");
    case LocationColumn: return tr("Location");
    }
    return {};
}
