#pragma once

#include "config/tierconfig.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

/// Edits one AuthConfig: a type and the fields that type uses. `optional` panels (the
/// per-tier override) are checkable group boxes: unchecked means "no override".
class AuthPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthPanel)

public:
    AuthPanel(const QString &title, bool optional, QWidget *parent = nullptr);

    void setAuth(const std::optional<AuthConfig> &auth);
    std::optional<AuthConfig> auth() const;
    void setEditable(bool editable);

signals:
    /// The user changed a field (not emitted by setAuth()).
    void authEdited(const std::optional<AuthConfig> &auth);

private:
    void updateFieldsForType();
    void emitEdited();

    QComboBox *m_type;
    QLineEdit *m_secretRef;
    QLineEdit *m_secretKey;
    QLabel *m_hint;
    AuthConfig m_base; ///< keeps unknown fields across edits
    bool m_updating = false;
};
