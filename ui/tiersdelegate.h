#pragma once

#include <QStyledItemDelegate>

class ModelCatalog;

/// Editors of the tiers table: a tier combo, a provider combo, a model field that completes
/// from the catalog.
class TiersDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TiersDelegate)

public:
    explicit TiersDelegate(const ModelCatalog *catalog, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    const ModelCatalog *m_catalog;
};
