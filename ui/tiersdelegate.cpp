#include "tiersdelegate.h"

#include "config/configvalidator.h"
#include "modelcatalog.h"
#include "tiersmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

TiersDelegate::TiersDelegate(const ModelCatalog *catalog, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_catalog(catalog)
{
}

QWidget *TiersDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case TiersModel::TierColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItems(ConfigValidator::tierNames());
        combo->setAccessibleName(tr("Tier"));
        return combo;
    }
    case TiersModel::ProviderColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems({QStringLiteral("anthropic"), QStringLiteral("openai"),
                         QStringLiteral("ollama"), QStringLiteral("openai-compatible")});
        combo->setAccessibleName(tr("Provider"));
        return combo;
    }
    case TiersModel::ModelColumn: {
        auto *edit = new QLineEdit(parent);
        auto *completer = new QCompleter(m_catalog ? m_catalog->ids() : QStringList(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setAccessibleName(tr("Model"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}
