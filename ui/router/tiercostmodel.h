#pragma once

#include "config/tierconfig.h"
#include "routing/modelrouter.h"

#include <QAbstractTableModel>

/// What this request would cost on every configured tier (the decision's chosen tier and its
/// alternatives), in config order. The chosen row is marked; hovering a cost shows
/// tokens × price.
class TierCostModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierCostModel)

public:
    enum Column { TierColumn, ProviderColumn, ModelColumn, CostColumn, ColumnCount };
    enum Role { ChosenRole = Qt::UserRole + 1, CostRole }; ///< bool; QString (exact decimal, "" if unknown)

    explicit TierCostModel(QObject *parent = nullptr);

    void setDecision(const TierConfig &config, const RoutingDecision &decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString tier, provider, model;
        std::optional<Decimal> cost;
        TokenPrices prices;
        bool chosen = false;
    };
    QList<Row> m_rows;
    std::int64_t m_inputTokens = 0;
    std::int64_t m_outputTokens = 0;
};
