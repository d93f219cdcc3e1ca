#include "tiersmodel.h"

#include "editordocument.h"
#include "modelcatalog.h"

#include "config/configvalidator.h"

#include <QColor>
#include <QFont>
#include <QLocale>

TiersModel::TiersModel(EditorDocument *document, const ModelCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    connect(document, &EditorDocument::parsed, this, &TiersModel::refresh);
    const TierConfig *c = config();
    m_rows = c ? int(c->tiers.size()) : 0;
}

void TiersModel::setDocumentIndex(int index)
{
    beginResetModel();
    m_documentIndex = index;
    const TierConfig *c = config();
    m_rows = c ? int(c->tiers.size()) : 0;
    endResetModel();
}

void TiersModel::setTypicalRequest(int inputTokens, int outputTokens)
{
    m_inputTokens = inputTokens;
    m_outputTokens = outputTokens;
    if (m_rows > 0)
        emit dataChanged(index(0, RequestCostColumn), index(m_rows - 1, RequestCostColumn));
}

QString TiersModel::priceText(const std::optional<Decimal> &price)
{
    if (!price)
        return {};
    const QString s = price->toString();
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    return dot < 0 || s.size() - dot - 1 < 2 ? price->toFixed(2) : s;
}

const TierConfig *TiersModel::config() const
{
    const QList<ConfigDocument> &docs = m_document->documents();
    if (m_documentIndex < 0 || m_documentIndex >= docs.size()
        || docs.at(m_documentIndex).kind != ConfigDocument::Kind::TierConfig)
        return nullptr;
    return &docs.at(m_documentIndex).tierConfig;
}

void TiersModel::refresh()
{
    const TierConfig *c = config();
    const int rows = c ? int(c->tiers.size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int TiersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TiersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TiersModel::isPriceOverride(const TierEntry &entry, int column) const
{
    const std::optional<CatalogModel> m = m_catalog ? m_catalog->find(entry.model) : std::nullopt;
    if (!m)
        return false;
    const QString &text = column == InputCostColumn ? entry.costPerMillionInput
                                                    : entry.costPerMillionOutput;
    const std::optional<Decimal> catalog = column == InputCostColumn ? m->inputPerMillion
                                                                     : m->outputPerMillion;
    const std::optional<Decimal> own = Decimal::parse(text);
    return catalog && own && *catalog != *own;
}

QVariant TiersModel::displayData(const TierEntry &t, int column) const
{
    switch (column) {
    case TierColumn: return t.tier;
    case ProviderColumn: return t.provider;
    case ModelColumn: return t.model;
    case EndpointColumn: return t.endpoint;
    case MaxTokensColumn: return t.maxTokens ? QVariant(*t.maxTokens) : QVariant(QString());
    case InputCostColumn: return t.costPerMillionInput;
    case OutputCostColumn: return t.costPerMillionOutput;
    case ContextColumn: {
        const auto m = m_catalog ? m_catalog->find(t.model) : std::nullopt;
        return m && m->contextWindow ? QLocale().toString(*m->contextWindow) : tr("unknown");
    }
    case RequestCostColumn:
        if (!invalidPrice(t).isEmpty())
            return tr("invalid");
        return Cost::format(Cost::estimate(t.prices(), m_inputTokens, m_outputTokens));
    }
    return {};
}

QString TiersModel::invalidPrice(const TierEntry &t)
{
    for (const QString *text : {&t.costPerMillionInput, &t.costPerMillionOutput})
        if (!text->isEmpty() && !ConfigValidator::isNonNegativeDecimal(*text))
            return *text;
    return {};
}

QVariant TiersModel::toolTip(const TierEntry &t, int column) const
{
    if (column == RequestCostColumn) {
        const QString invalid = invalidPrice(t);
        if (!invalid.isEmpty())
            return tr("Invalid: the price \"%1\" is not a non-negative decimal such as \"3.00\"; "
                      "fix it to see the cost (see Problems).").arg(invalid);
        const TokenPrices p = t.prices();
        if (!p.isKnown())
            return tr("Unknown: the tier's prices are missing or not decimals.");
        return tr("%1 input tokens × $%2/M + %3 output tokens × $%4/M = $%5")
            .arg(m_inputTokens).arg(p.inputPerMillion->toString()).arg(m_outputTokens)
            .arg(p.outputPerMillion->toString())
            .arg(Cost::estimate(p, m_inputTokens, m_outputTokens)->toString());
    }
    if ((column == InputCostColumn || column == OutputCostColumn) && isPriceOverride(t, column)) {
        const auto m = m_catalog->find(t.model);
        return tr("Overrides the catalog price $%1/M for %2 (%3)")
            .arg(priceText(column == InputCostColumn ? m->inputPerMillion : m->outputPerMillion),
                 t.model, m->source);
    }
    if (column == ModelColumn)
        return tr("Type to complete from the model catalog; picking a known model fills in its "
                  "prices.");
    return {};
}

QVariant TiersModel::data(const QModelIndex &index, int role) const
{
    const TierConfig *c = config();
    if ((!index.isValid() || !checkIndex(index)) || !c || index.row() >= c->tiers.size())
        return {};
    const TierEntry &t = c->tiers.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(t, column);
    case Qt::ToolTipRole:
        return toolTip(t, column);
    case PriceOverrideRole:
        return isPriceOverride(t, column);
    case Qt::FontRole:
        if (isPriceOverride(t, column)) {
            QFont f;
            f.setItalic(true);
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (isPriceOverride(t, column))
            return QColor(0xb0, 0x50, 0x00);
        if (column == ContextColumn || column == RequestCostColumn)
            return QColor(0x50, 0x50, 0x50);
        return {};
    case Qt::TextAlignmentRole:
        return column >= MaxTokensColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant();
    case Qt::AccessibleTextRole:
        return displayData(t, column).toString();
    default:
        return {};
    }
}

bool TiersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || (!index.isValid() || !checkIndex(index))
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (data(index, Qt::EditRole).toString() == text)
        return false;
    using F = EditorDocument::TierField;
    switch (index.column()) {
    case TierColumn: m_document->setTierField(m_documentIndex, index.row(), F::Tier, text); break;
    case ProviderColumn: m_document->setTierField(m_documentIndex, index.row(), F::Provider, text); break;
    case ModelColumn:
        if (const auto m = m_catalog ? m_catalog->find(text) : std::nullopt)
            m_document->chooseModel(m_documentIndex, index.row(), text,
                                    priceText(m->inputPerMillion), priceText(m->outputPerMillion));
        else
            m_document->setTierField(m_documentIndex, index.row(), F::Model, text);
        break;
    case EndpointColumn: m_document->setTierField(m_documentIndex, index.row(), F::Endpoint, text); break;
    case MaxTokensColumn: m_document->setTierField(m_documentIndex, index.row(), F::MaxTokens, text); break;
    case InputCostColumn: m_document->setTierField(m_documentIndex, index.row(), F::CostInput, text); break;
    case OutputCostColumn: m_document->setTierField(m_documentIndex, index.row(), F::CostOutput, text); break;
    default: return false;
    }
    return true;
}

Qt::ItemFlags TiersModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() < ContextColumn && m_document->isFormEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TiersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == RequestCostColumn)
        return tr("Cost of one typical request with the token counts set below the table");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TierColumn: return tr("Tier");
    case ProviderColumn: return tr("Provider");
    case ModelColumn: return tr("Model");
    case EndpointColumn: return tr("Endpoint");
    case MaxTokensColumn: return tr("Max tokens");
    case InputCostColumn: return tr("Input $/M");
    case OutputCostColumn: return tr("Output $/M");
    case ContextColumn: return tr("Context");
    case RequestCostColumn: return tr("Per request");
    }
    return {};
}
