#include "cellgridmodel.h"

#include "formatting.h"

#include <QSet>

CellGridModel::CellGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CellGridModel::setExperiment(const Experiment &experiment)
{
    setCells(experiment, {});
}

void CellGridModel::setCells(const Experiment &experiment, const QList<CellResult> &cells)
{
    beginResetModel();
    m_experiment = experiment;
    m_cells.clear();
    for (const CellResult &c : cells)
        m_cells.insert(c.key, c);
    m_stats.clear();
    for (int column = 0; column < int(experiment.targets.size()); ++column) {
        m_stats.append(RunSummary::TargetStats{});
        recomputeColumn(column);
    }
    endResetModel();
}

void CellGridModel::updateCell(const CellResult &cell)
{
    const CellKey &k = cell.key;
    if (!m_experiment.contains(k))
        return;
    m_cells.insert(k, cell);
    const int row = k.caseIndex * m_experiment.repeats + k.repeat;
    const QModelIndex i = index(row, k.targetIndex);
    emit dataChanged(i, i);
    if (cell.isFinal()) {
        recomputeColumn(k.targetIndex);
        emit headerDataChanged(Qt::Horizontal, k.targetIndex, k.targetIndex);
    }
}

int CellGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_experiment.cases.size()) * m_experiment.repeats;
}

int CellGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_experiment.targets.size());
}

CellKey CellGridModel::keyAt(int row, int column) const
{
    const int repeats = std::max(1, m_experiment.repeats);
    return CellKey{row / repeats, column, row % repeats};
}

QVariant CellGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto it = m_cells.constFind(keyAt(index.row(), index.column()));
    if (it == m_cells.cend()) {
        if (role == Qt::DisplayRole || role == BadgeTextRole)
            return tr("pending");
        if (role == StateRole)
            return int(CellState::Pending);
        return {};
    }
    const CellResult &c = *it;
    const CellOutcome &o = c.outcome;
    switch (role) {
    case Qt::DisplayRole: {
        if (c.storeFailed)
            return tr("[not stored] %1").arg(o.isError() ? o.errorClass + QStringLiteral(": ") + o.errorMessage
                                                          : o.text.left(240).replace(u'\n', u' '));
        if (o.isError())
            return QStringLiteral("%1: %2").arg(o.errorClass, o.errorMessage);
        QString preview = o.text.left(240);
        preview.replace(u'\n', u' ');
        return preview.isEmpty() && !c.isFinal() ? cellStateName(c.state) : preview;
    }
    case Qt::ToolTipRole: {
        QStringList lines{o.text.left(600)};
        lines << CompareFormat::latencyExplanation(o)
              << tr("cost %1").arg(CompareFormat::cost(o.cost));
        if (o.isError())
            lines << CompareFormat::errorAdvice(o.errorClass);
        for (const AssertionResult &a : c.assertions)
            lines << QStringLiteral("%1 %2:%3 %4").arg(a.passed ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                       a.type, a.value, a.detail);
        if (!c.decision.isEmpty())
            lines << tr("routed: %1").arg(CompareFormat::decisionSummary(c.decision));
        if (c.storeFailed)
            lines << tr("Not stored: the write to the run database failed (a resume runs it again).");
        // Qt renders a tooltip that looks like HTML as HTML: escape what the server wrote.
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(lines.join(u'\n').toHtmlEscaped());
    }
    case CellRole: return QVariant::fromValue(c);
    case StateRole: return int(c.state);
    case PassedRole:
        return c.state == CellState::Succeeded ? QVariant(c.passed()) : QVariant();
    case LatencyTextRole: return c.isFinal() ? CompareFormat::ms(o.totalMs) : QString();
    case CostTextRole: return c.isFinal() ? CompareFormat::cost(o.cost) : QString();
    case RoutedTierRole: return c.decision.value(u"tier").toString();
    case BadgeTextRole:
        if (c.state == CellState::Failed)
            return tr("error: %1").arg(o.errorClass);
        if (c.state == CellState::Succeeded) {
            if (c.assertions.isEmpty())
                return tr("done");
            return c.passed() ? tr("pass") : tr("%1 failed").arg(c.failedAssertions());
        }
        return cellStateName(c.state);
    default: return {};
    }
}

bool CellGridModel::rowMatches(int row, RowFilter filter) const
{
    if (filter == RowFilter::All)
        return true;
    QSet<QString> texts;
    int answered = 0;
    for (int column = 0; column < columnCount(); ++column) {
        const auto it = m_cells.constFind(keyAt(row, column));
        if (it == m_cells.cend())
            continue;
        const bool error = it->state == CellState::Failed;
        const bool failed = error || (it->state == CellState::Succeeded && !it->passed());
        if (filter == RowFilter::Errors && error)
            return true;
        if (filter == RowFilter::Failures && failed)
            return true;
        if (it->state == CellState::Succeeded) {
            texts.insert(it->outcome.text.trimmed());
            ++answered;
        }
    }
    return filter == RowFilter::Different && answered > 1 && texts.size() > 1;
}
