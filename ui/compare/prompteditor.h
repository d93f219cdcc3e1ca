#pragma once

#include "experiments/experiment.h"

#include <QJsonObject>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/// The prompt template with highlighted {{variables}}, the system prompt, temperature, max
/// tokens, repeats and the test-case table (pasted, or imported from CSV/JSONL/text files
/// through TestCaseImport).
class PromptEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PromptEditor(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PromptEditor)

    void setPromptTemplate(const QString &text);
    void setSystemPrompt(const QString &text);
    void setCases(const QList<TestCase> &cases);
    const QList<TestCase> &cases() const { return m_cases; }
    /// Imports cases from text (pasted TSV/CSV with a header, or JSONL); false + message on error.
    bool importText(const QString &text, QString *error);
    bool importFile(const QString &path, QString *error);

    /// The experiment without targets. With no test cases, one case with no variables.
    Experiment experiment() const;

    /// Template, system prompt, temperature, max tokens, repeats and test cases as JSON
    /// (the keys of Experiment::toJson()), for session restore.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    void changed();
    void message(const QString &text);

private:
    void refreshVariables();
    void refreshTable();
    void pasteCases();
    void chooseFile();

    QPlainTextEdit *m_template;
    QPlainTextEdit *m_system;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QSpinBox *m_repeats;
    QLabel *m_variables;
    QTableWidget *m_table;
    QList<TestCase> m_cases;
};
