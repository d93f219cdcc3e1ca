#pragma once

#include <QWidget>

class Prompter;
class QLabel;
class QPushButton;
class RequestSource;

/// "Requests: [Stored requests] [Import JSONL…]  1,204 stored requests from the workspace".
class RequestSourceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSourceBar)

public:
    RequestSourceBar(RequestSource *source, Prompter *prompter, QWidget *parent = nullptr);

    QPushButton *storedButton() const { return m_stored; }
    QPushButton *importButton() const { return m_import; }
    QLabel *descriptionLabel() const { return m_description; }

private:
    void refresh();

    RequestSource *m_source;
    Prompter *m_prompter;
    QPushButton *m_stored;
    QPushButton *m_import;
    QLabel *m_description;
};
