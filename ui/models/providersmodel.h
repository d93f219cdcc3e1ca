#pragma once

#include "providers/providerkeys.h"

#include <QAbstractTableModel>
#include <QUrl>

/// One row per provider of the Providers page: where its key comes from (never the key),
/// its base URL and the last connection test.
class ProvidersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Provider, Key, Where, BaseUrl, Connection, ColumnCount };

    struct Row
    {
        ProviderInfo info;
        QUrl baseUrl;
        KeyStatus status;
        QString connection; ///< "12 models in 85 ms", "testing…", an error, or empty
        bool connectionOk = true;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    void setStatus(int row, const KeyStatus &status);
    void setConnection(int row, const QString &text, bool ok);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &provider) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
