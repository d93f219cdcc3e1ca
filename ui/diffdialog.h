#pragma once

#include <QDialog>

/// "Review changes": the line diff between the saved file and the text about to be written.
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    DiffDialog(const QString &fileName, const QString &before, const QString &after,
               QWidget *parent = nullptr);
};
