#pragma once

#include "routing/modelrouter.h"

#include <QWidget>

class CapabilityChips;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class SignalHighlighter;

/// The request the playground routes: the message and the signals beside it (context tokens,
/// capabilities, history turns, task type, agent preference, expected output, tenant).
/// changed() fires on every edit; the page re-scores on the next event-loop turn.
class PlaygroundInputs final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundInputs)

public:
    explicit PlaygroundInputs(QWidget *parent = nullptr);

    RouteRequest request() const;
    QString tenant() const;
    /// Fills every field (e.g. a replayed request opened from the Replay tab).
    void setRequest(const RouteRequest &request, const QString &tenant);

    /// Task types offered by the combo (the policy's overrides), with the class each forces.
    void setTaskOverrides(const QHash<QString, RouteClass> &overrides);
    /// Tier names offered as agent preferences (plus light/standard/heavy).
    void setTiers(const QStringList &tiers);
    void setKnownCapabilities(const QHash<QString, double> &criticality);

    QPlainTextEdit *messageEdit() const { return m_message; }
    SignalHighlighter *highlighter() const { return m_highlighter; }
    CapabilityChips *capabilityChips() const { return m_capabilities; }
    QSpinBox *contextTokensBox() const { return m_context; }
    QSpinBox *historyBox() const { return m_history; }
    QComboBox *taskTypeBox() const { return m_taskType; }
    QComboBox *preferredTierBox() const { return m_preferred; }
    QSpinBox *outputTokensBox() const { return m_output; }
    QLineEdit *tenantEdit() const { return m_tenant; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void setComboItems(QComboBox *box, const QStringList &items, const QStringList &tips);

    QPlainTextEdit *m_message;
    SignalHighlighter *m_highlighter;
    QSpinBox *m_context;
    QSpinBox *m_history;
    QComboBox *m_taskType;
    QComboBox *m_preferred;
    QSpinBox *m_output;
    QLineEdit *m_tenant;
    CapabilityChips *m_capabilities;
};
