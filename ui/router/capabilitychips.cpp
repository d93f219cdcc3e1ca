#include "capabilitychips.h"

#include "wrappinglayout.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

CapabilityChips::CapabilityChips(QWidget *parent)
    : QWidget(parent)
    , m_flow(new WrappingLayout(this, 4, 4))
    , m_edit(new QLineEdit(this))
{
    m_edit->setPlaceholderText(tr("add capability…"));
    m_edit->setAccessibleName(tr("Add a capability"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("incident_response__")));
    m_edit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *completer = new QCompleter(new QStringListModel(this), m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (add(m_edit->text()))
            m_edit->clear();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (add(text))
            QMetaObject::invokeMethod(m_edit, &QLineEdit::clear, Qt::QueuedConnection);
    });
    m_flow->addWidget(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void CapabilityChips::setKnown(const QHash<QString, double> &criticality)
{
    m_known = criticality;
    QStringList names = criticality.keys();
    names.sort();
    static_cast<QStringListModel *>(m_edit->completer()->model())->setStringList(names);
    rebuild(); // chip tooltips show the criticality
}

void CapabilityChips::setCapabilities(const QStringList &capabilities)
{
    QStringList unique;
    for (const QString &c : capabilities) {
        const QString t = c.trimmed();
        if (!t.isEmpty() && !unique.contains(t))
            unique.append(t);
    }
    if (unique == m_capabilities)
        return;
    m_capabilities = unique;
    rebuild();
    emit changed();
}

bool CapabilityChips::add(const QString &capability)
{
    const QString t = capability.trimmed();
    if (t.isEmpty() || m_capabilities.contains(t))
        return false;
    m_capabilities.append(t);
    rebuild();
    emit changed();
    return true;
}

bool CapabilityChips::remove(const QString &capability)
{
    if (!m_capabilities.removeOne(capability))
        return false;
    rebuild();
    emit changed();
    return true;
}

void CapabilityChips::rebuild()
{
    for (QWidget *chip : std::as_const(m_chips)) { // deleteLater: a chip's own button may be calling
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_flow->removeWidget(m_edit);
    for (const QString &name : std::as_const(m_capabilities)) {
        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("capabilityChip"));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setStyleSheet(QStringLiteral("#capabilityChip { border: 1px solid palette(mid); border-radius: 9px; background: palette(alternate-base); }"));
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(8, 1, 2, 1);
        row->setSpacing(2);
        row->addWidget(new QLabel(name, chip));
        auto *close = new QToolButton(chip);
        close->setText(QStringLiteral("×"));
        close->setAutoRaise(true);
        close->setAccessibleName(tr("Remove %1").arg(name));
        close->setToolTip(tr("Remove %1").arg(name));
        row->addWidget(close);
        const auto known = m_known.constFind(name.toLower());
        chip->setToolTip(known != m_known.cend()
                             ? tr("%1: criticality %2").arg(name, QString::number(*known, 'f', 2))
                             : tr("%1: not in the policy, counts as neutral (0.3)").arg(name));
        connect(close, &QToolButton::clicked, this, [this, name] { remove(name); });
        m_flow->addWidget(chip);
        m_chips.append(chip);
    }
    m_flow->addWidget(m_edit);
    updateGeometry();
}
