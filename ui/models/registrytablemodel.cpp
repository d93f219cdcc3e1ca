#include "registrytablemodel.h"

#include "modelsformat.h"

#include <QBrush>
#include <QPalette>

void RegistryTableModel::setModels(QList<LLMModel> models)
{
    beginResetModel();
    m_models = std::move(models);
    endResetModel();
}

int RegistryTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i).id == id)
            return i;
    }
    return -1;
}

void RegistryTableModel::setDriftFlags(const QHash<QString, QString> &flags)
{
    m_drift = flags;
    if (!m_models.isEmpty())
        emit dataChanged(index(0, PriceSource), index(int(m_models.size()) - 1, PriceSource));
}

int RegistryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int RegistryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LLMModel &m = m_models.at(index.row());
    const bool unknown = (index.column() == InputPrice && !m.inputPrice) || (index.column() == OutputPrice && !m.outputPrice)
                         || (index.column() == CachedPrice && !m.cachedInputPrice)
                         || (index.column() == ContextWindow && !m.contextWindow) || (index.column() == MaxOutput && !m.maxOutput);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id: return m.id;
        case Provider: return m.provider;
        case Model: return m.modelId;
        case DisplayName: return m.displayName;
        case Tier: return m.tier.isEmpty() ? QString() : m.tier;
        case InputPrice: return ModelsFormat::price(m.inputPrice);
        case OutputPrice: return ModelsFormat::price(m.outputPrice);
        case CachedPrice: return ModelsFormat::price(m.cachedInputPrice);
        case ContextWindow: return ModelsFormat::count(m.contextWindow);
        case MaxOutput: return ModelsFormat::count(m.maxOutput);
        case Active: return m.isActive ? tr("active") : tr("inactive");
        case Default: return m.isDefault ? tr("default") : QString();
        case Deprecation: return m.deprecationDate;
        case PriceSource: {
            const QString source = m.priceSource.isEmpty() ? tr("unpriced") : m.priceSource;
            return m_drift.contains(m.id) ? source + QStringLiteral(" ⚠") : source;
        }
        case PriceAge: return m.priceUpdatedAt.isValid() ? ModelsFormat::age(m.priceUpdatedAt) : QString();
        case LastSynced: return ModelsFormat::age(m.lastSyncedAt);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PriceSource && m_drift.contains(m.id))
            return m_drift.value(m.id);
        if (unknown)
            return tr("Not known: no source gives this value (it is not counted as 0).");
        if (index.column() == PriceAge || index.column() == LastSynced)
            return ModelsFormat::time(index.column() == PriceAge ? m.priceUpdatedAt : m.lastSyncedAt);
        return {};
    case Qt::ForegroundRole:
        if (unknown || !m.isActive)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == PriceSource && m_drift.contains(m.id))
            return QBrush(QColor(0xb0, 0x60, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= InputPrice && index.column() <= MaxOutput)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return m.id;
    default:
        return {};
    }
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("Id");
    case Provider: return tr("Provider");
    case Model: return tr("Model");
    case DisplayName: return tr("Display name");
    case Tier: return tr("Tier");
    case InputPrice: return tr("Input /1M");
    case OutputPrice: return tr("Output /1M");
    case CachedPrice: return tr("Cached /1M");
    case ContextWindow: return tr("Context");
    case MaxOutput: return tr("Max output");
    case Active: return tr("Active");
    case Default: return tr("Default");
    case Deprecation: return tr("Deprecation");
    case PriceSource: return tr("Price source");
    case PriceAge: return tr("Price age");
    case LastSynced: return tr("Last synced");
    case ColumnCount: break;
    }
    return {};
}

void RegistryFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void RegistryFilterModel::setProvider(const QString &provider)
{
    m_provider = provider;
    invalidateFilter();
}

void RegistryFilterModel::setTier(const QString &tier)
{
    m_tier = tier;
    invalidateFilter();
}

void RegistryFilterModel::setShowInactive(bool on)
{
    m_showInactive = on;
    invalidateFilter();
}

bool RegistryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *source = qobject_cast<const RegistryTableModel *>(sourceModel());
    if (!source)
        return true;
    const LLMModel &m = source->modelAt(sourceRow);
    if (!m_showInactive && !m.isActive)
        return false;
    if (!m_provider.isEmpty() && m.provider != m_provider)
        return false;
    if (!m_tier.isEmpty() && m.tier != m_tier)
        return false;
    return m_search.isEmpty() || m.id.contains(m_search, Qt::CaseInsensitive)
           || m.displayName.contains(m_search, Qt::CaseInsensitive);
}

namespace {

/// Known values in order, unknown after them (in either sort direction's first pass).
template <typename T>
bool lessKnown(const std::optional<T> &a, const std::optional<T> &b)
{
    if (a && b)
        return *a < *b;
    return a.has_value() && !b.has_value();
}

} // namespace

bool RegistryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *source = qobject_cast<const RegistryTableModel *>(sourceModel());
    if (!source)
        return QSortFilterProxyModel::lessThan(left, right);
    const LLMModel &a = source->modelAt(left.row());
    const LLMModel &b = source->modelAt(right.row());
    switch (left.column()) {
    case RegistryTableModel::InputPrice: return lessKnown(a.inputPrice, b.inputPrice);
    case RegistryTableModel::OutputPrice: return lessKnown(a.outputPrice, b.outputPrice);
    case RegistryTableModel::CachedPrice: return lessKnown(a.cachedInputPrice, b.cachedInputPrice);
    case RegistryTableModel::ContextWindow: return lessKnown(a.contextWindow, b.contextWindow);
    case RegistryTableModel::MaxOutput: return lessKnown(a.maxOutput, b.maxOutput);
    case RegistryTableModel::PriceAge: return a.priceUpdatedAt > b.priceUpdatedAt; // younger first
    case RegistryTableModel::LastSynced: return a.lastSyncedAt > b.lastSyncedAt;
    default: return QSortFilterProxyModel::lessThan(left, right);
    }
}
