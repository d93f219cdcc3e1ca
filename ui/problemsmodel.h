#pragma once

#include "config/diagnostic.h"

#include <QAbstractTableModel>

/// The Problems panel: diagnostics of the active document.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { SeverityColumn, MessageColumn, PathColumn, LocationColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, PathRole, CodeRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const QString &fileName, const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostic diagnosticAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_fileName;
    Diagnostics m_diagnostics;
};
