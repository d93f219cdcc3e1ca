#include "authpanel.h"

#include "config/configvalidator.h"
#include "undoshortcutfilter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

AuthPanel::AuthPanel(const QString &title, bool optional, QWidget *parent)
    : QGroupBox(title, parent)
    , m_type(new QComboBox(this))
    , m_secretRef(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setCheckable(optional);
    auto *form = new QFormLayout(this);
    m_type->addItems(ConfigValidator::authTypes());
    m_secretRef->setPlaceholderText(tr("name of the Kubernetes secret"));
    m_secretKey->setPlaceholderText(tr("api-key (default)"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Secret &ref:"), m_secretRef);
    form->addRow(tr("Secret &key:"), m_secretKey);
    form->addRow(m_hint);
    m_type->setAccessibleName(title + QStringLiteral(" ") + tr("type"));
    m_secretRef->setAccessibleName(title + QStringLiteral(" ") + tr("secret reference"));
    m_secretKey->setAccessibleName(title + QStringLiteral(" ") + tr("secret key"));
    UndoShortcutFilter::install(this, {m_secretRef, m_secretKey});
    setTabOrder(m_type, m_secretRef);
    setTabOrder(m_secretRef, m_secretKey);

    connect(m_type, &QComboBox::currentTextChanged, this, [this] {
        updateFieldsForType();
        emitEdited();
    });
    connect(m_secretRef, &QLineEdit::textEdited, this, &AuthPanel::emitEdited);
    connect(m_secretKey, &QLineEdit::textEdited, this, &AuthPanel::emitEdited);
    connect(this, &QGroupBox::toggled, this, [this] { emitEdited(); });
    updateFieldsForType();
}

void AuthPanel::setAuth(const std::optional<AuthConfig> &auth)
{
    m_updating = true;
    m_base = auth.value_or(AuthConfig{});
    if (isCheckable())
        setChecked(auth.has_value());
    const QString type = m_base.type.isEmpty() ? QStringLiteral("apiKey") : m_base.type;
    if (m_type->findText(type) < 0)
        m_type->addItem(type);
    m_type->setCurrentText(type);
    if (m_secretRef->text() != m_base.secretRef)
        m_secretRef->setText(m_base.secretRef);
    if (m_secretKey->text() != m_base.secretKey)
        m_secretKey->setText(m_base.secretKey);
    updateFieldsForType();
    m_updating = false;
}

std::optional<AuthConfig> AuthPanel::auth() const
{
    if (isCheckable() && !isChecked())
        return std::nullopt;
    AuthConfig a = m_base;
    a.type = m_type->currentText();
    const bool usesSecret = a.type == QLatin1String("apiKey") || a.type == QLatin1String("oauth")
        || a.type == QLatin1String("custom");
    a.secretRef = usesSecret ? m_secretRef->text().trimmed() : QString();
    a.secretKey = usesSecret ? m_secretKey->text().trimmed() : QString();
    return a;
}

void AuthPanel::setEditable(bool editable)
{
    m_type->setEnabled(editable);
    m_secretRef->setReadOnly(!editable);
    m_secretKey->setReadOnly(!editable);
}

void AuthPanel::updateFieldsForType()
{
    const QString type = m_type->currentText();
    const bool usesSecret = type == QLatin1String("apiKey") || type == QLatin1String("oauth")
        || type == QLatin1String("custom");
    m_secretRef->setEnabled(usesSecret);
    m_secretKey->setEnabled(usesSecret);
    if (type == QLatin1String("apiKey"))
        m_hint->setText(tr("The secret holds the API key string."));
    else if (type == QLatin1String("oauth"))
        m_hint->setText(tr("The secret holds client_id, client_secret and token_url."));
    else if (type == QLatin1String("serviceAccount"))
        m_hint->setText(tr("Uses the pod's Kubernetes service account token; no secret."));
    else if (type == QLatin1String("none"))
        m_hint->setText(tr("No authentication (local models such as Ollama)."));
    else if (type == QLatin1String("custom"))
        m_hint->setText(tr("The secret holds arbitrary header key-value pairs."));
    else
        m_hint->clear();
}

void AuthPanel::emitEdited()
{
    if (!m_updating)
        emit authEdited(auth());
}
