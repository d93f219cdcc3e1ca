#pragma once

#include "policyfields.h"

#include <QHash>
#include <QWidget>

class PolicyDocument;
class QDoubleSpinBox;
class QLabel;
class QSlider;

/// Sliders and spin boxes for the two thresholds and the five factor weights. Every change
/// goes onto the document's undo stack; the score follows at once.
class PolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)

public:
    explicit PolicyEditor(PolicyDocument *document, QWidget *parent = nullptr);

    QDoubleSpinBox *spinBox(PolicyField field) const { return m_rows.value(field).spin; }
    QSlider *slider(PolicyField field) const { return m_rows.value(field).slider; }

private:
    struct Row
    {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QLabel *share = nullptr; ///< weight / sum of weights
    };
    QWidget *buildGroup(const QString &title, const QList<PolicyField> &fields, const QString &help);
    void addRow(class QGridLayout *grid, int row, PolicyField field);
    void refresh();
    void edit(PolicyField field, double value, bool fromSlider);

    PolicyDocument *m_document;
    QHash<PolicyField, Row> m_rows;
    QLabel *m_title;
    int m_gesture = 0;
};
