#pragma once

#include <QStringList>
#include <QWidget>

class WrappingLayout;
class QLineEdit;

/// The request's capabilities as removable chips, plus a field (with the known capabilities
/// in a completer) to add one: type and press Enter, or pick from the list.
class CapabilityChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityChips)

public:
    explicit CapabilityChips(QWidget *parent = nullptr);

    /// Names offered by the completer (the policy's capabilities), with their criticality.
    void setKnown(const QHash<QString, double> &criticality);
    QStringList capabilities() const { return m_capabilities; }
    void setCapabilities(const QStringList &capabilities);
    /// Adds one (trimmed, no duplicates); false when empty or already there.
    bool add(const QString &capability);
    bool remove(const QString &capability);
    QLineEdit *editor() const { return m_edit; }

signals:
    void changed();

private:
    void rebuild();

    QStringList m_capabilities;
    QHash<QString, double> m_known;
    WrappingLayout *m_flow;
    QLineEdit *m_edit;
    QList<QWidget *> m_chips;
};
