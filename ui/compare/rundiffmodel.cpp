#include "rundiffmodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QMap>

RunDiffModel::RunDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunDiffModel::setRuns(const QList<CellResult> &a, const QList<CellResult> &b)
{
    beginResetModel();
    using Key = std::tuple<QString, QString, int>;
    QMap<Key, Row> rows;
    for (const CellResult &c : a) {
        Row &r = rows[{c.caseId, c.targetId, c.key.repeat}];
        r = Row{c.caseId, c.targetId, c.key.repeat, c, std::nullopt};
    }
    for (const CellResult &c : b) {
        Row &r = rows[{c.caseId, c.targetId, c.key.repeat}];
        r.caseId = c.caseId;
        r.targetId = c.targetId;
        r.repeat = c.key.repeat;
        r.b = c;
    }
    m_rows = rows.values();
    m_totalDeltaCost = Decimal();
    for (const Row &r : std::as_const(m_rows))
        if (r.a && r.b && r.a->outcome.cost && r.b->outcome.cost)
            m_totalDeltaCost += *r.b->outcome.cost - *r.a->outcome.cost;
    endResetModel();
}

int RunDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString signedCost(const Decimal &d)
{
    if (d.isZero())
        return QStringLiteral("±$0");
    return (d.isNegative() ? QStringLiteral("−") : QStringLiteral("+"))
           + Cost::format(d.isNegative() ? Decimal() - d : d);
}

} // namespace

QVariant RunDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto costOf = [](const std::optional<CellResult> &c) {
        return c ? CompareFormat::cost(c->outcome.cost) : QStringLiteral("–");
    };
    const auto msOf = [](const std::optional<CellResult> &c) {
        return c ? CompareFormat::ms(c->outcome.totalMs) : QStringLiteral("–");
    };
    const bool both = r.a && r.b;
    const bool costKnown = both && r.a->outcome.cost && r.b->outcome.cost;
    const Decimal dCost = costKnown ? *r.b->outcome.cost - *r.a->outcome.cost : Decimal();
    const qint64 dMs = both ? r.b->outcome.totalMs - r.a->outcome.totalMs : 0;
    if (role == Qt::ForegroundRole) {
        if (index.column() == DeltaCost && costKnown && !dCost.isZero())
            return QBrush(dCost.isNegative() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
        if (index.column() == DeltaLatency && both && dMs != 0)
            return QBrush(dMs < 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == CostA || index.column() == CostB)) {
        const auto &c = index.column() == CostA ? r.a : r.b;
        return c ? CompareFormat::costExplanation(c->outcome, {}) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Case: return r.repeat > 0 ? QStringLiteral("%1 #%2").arg(r.caseId).arg(r.repeat + 1) : r.caseId;
    case TargetColumn: return r.targetId;
    case CostA: return costOf(r.a);
    case CostB: return costOf(r.b);
    case DeltaCost:
        return costKnown ? signedCost(dCost) : both ? CompareFormat::unknown() : QStringLiteral("–");
    case LatencyA: return msOf(r.a);
    case LatencyB: return msOf(r.b);
    case DeltaLatency:
        return both ? (dMs >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                          + CompareFormat::ms(std::abs(dMs))
                    : QStringLiteral("–");
    case SameText:
        return both ? (r.a->outcome.text.trimmed() == r.b->outcome.text.trimmed() ? tr("same")
                                                                                    : tr("differs"))
                    : QStringLiteral("–");
    default: return {};
    }
}

QVariant RunDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    static const char *const names[] = {QT_TR_NOOP("case"), QT_TR_NOOP("target"),
                                        QT_TR_NOOP("cost A"), QT_TR_NOOP("cost B"),
                                        QT_TR_NOOP("Δ cost"), QT_TR_NOOP("latency A"),
                                        QT_TR_NOOP("latency B"), QT_TR_NOOP("Δ latency"),
                                        QT_TR_NOOP("answer")};
    return tr(names[section]);
}
