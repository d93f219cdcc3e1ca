#pragma once

#include "config/tierconfig.h"

#include <QAbstractTableModel>

class EditorDocument;
class ModelCatalog;

/// The tiers table of the form view. Reads the document's parsed TierConfig; setData()
/// does not change data itself, it asks the document to push an undo command.
class TiersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TiersModel)

public:
    enum Column {
        TierColumn, ProviderColumn, ModelColumn, EndpointColumn, MaxTokensColumn,
        InputCostColumn, OutputCostColumn, ContextColumn, RequestCostColumn, ColumnCount
    };
    enum Role { PriceOverrideRole = Qt::UserRole + 1 };

    TiersModel(EditorDocument *document, const ModelCatalog *catalog, QObject *parent = nullptr);

    void setDocumentIndex(int index);
    int documentIndex() const { return m_documentIndex; }
    void setTypicalRequest(int inputTokens, int outputTokens);
    /// The catalog price as text, e.g. "0.80" (at least two decimals).
    static QString priceText(const std::optional<Decimal> &price);
    /// The first price text of `entry` that is set but not a non-negative decimal ("-3",
    /// "abc"), or empty: such a price shows the per-request cost as "invalid".
    static QString invalidPrice(const TierEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const TierConfig *config() const;
    void refresh();
    bool isPriceOverride(const TierEntry &entry, int column) const;
    QVariant displayData(const TierEntry &entry, int column) const;
    QVariant toolTip(const TierEntry &entry, int column) const;

    EditorDocument *m_document;
    const ModelCatalog *m_catalog;
    int m_documentIndex = 0;
    int m_rows = 0;
    int m_inputTokens = 3200;
    int m_outputTokens = 1800;
};
