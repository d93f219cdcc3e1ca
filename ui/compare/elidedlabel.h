#pragma once

#include <QLabel>

/// A one-line plain-text label that shrinks: it draws "…" where the text does not fit and
/// shows the whole text as its tooltip (unless it has a tooltip of its own). text() is
/// always the whole text.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr,
                         Qt::TextElideMode mode = Qt::ElideRight);
    Q_DISABLE_COPY_MOVE(ElidedLabel)

    /// True when the text does not fit the label's current width.
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    Qt::TextElideMode m_mode;
};
