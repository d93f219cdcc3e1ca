#pragma once

#include <QWidget>

/// A mode that is not built yet: says what it will hold, so the user is not left guessing.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &question, const QString &parts,
                    QWidget *parent = nullptr);
};
