#include "prompteditor.h"

#include "experiments/testcase.h"
#include "variablehighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

PromptEditor::PromptEditor(QWidget *parent)
    : QWidget(parent)
    , m_template(new QPlainTextEdit(this))
    , m_system(new QPlainTextEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_repeats(new QSpinBox(this))
    , m_variables(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Wrapped labels get room for two lines up front: the layout's minimum must hold them
    // at a narrow width, or the rows below are squeezed into each other.
    const auto twoLines = [](QLabel *label) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setMinimumHeight(label->fontMetrics().lineSpacing() * 2);
    };
    auto *title = new QLabel(tr("<b>Prompt</b> — {{name}} is a variable filled per test case"), this);
    twoLines(title);
    layout->addWidget(title);
    m_template->setPlaceholderText(tr("Explain {{topic}} in two sentences."));
    new VariableHighlighter(m_template->document());
    m_template->setTabChangesFocus(true);
    const int line = m_template->fontMetrics().lineSpacing();
    m_template->setMinimumHeight(line * 3 + 12);
    layout->addWidget(m_template, 2);
    twoLines(m_variables);
    layout->addWidget(m_variables);

    auto *form = new QFormLayout;
    m_system->setPlaceholderText(tr("optional"));
    m_system->setFixedHeight(line * 3 + 10); // a form row that neither grows nor collapses
    m_system->setTabChangesFocus(true);
    form->addRow(tr("System"), m_system);
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setSpecialValueText(tr("provider default"));
    m_temperature->setValue(-0.1);
    form->addRow(tr("Temperature"), m_temperature);
    m_maxTokens->setRange(0, 200000);
    m_maxTokens->setSpecialValueText(tr("tier default"));
    form->addRow(tr("Max tokens"), m_maxTokens);
    m_repeats->setRange(1, 100);
    form->addRow(tr("Repeats"), m_repeats);
    layout->addLayout(form);

    auto *casesHeader = new QHBoxLayout;
    casesHeader->addWidget(new QLabel(tr("<b>Test cases</b>"), this), 1);
    // Tool buttons: three push buttons' minimum widths would not fit a narrow panel.
    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    auto *paste = button(tr("Paste"), tr("Paste rows copied from a spreadsheet (with a header row) or JSONL"));
    auto *import = button(tr("Import…"), tr("CSV/TSV with a header, JSONL, or a text file with one prompt per line"));
    auto *clear = button(tr("Clear"), tr("Remove every test case"));
    casesHeader->addWidget(paste);
    casesHeader->addWidget(import);
    casesHeader->addWidget(clear);
    layout->addLayout(casesHeader);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(line * 5);
    layout->addWidget(m_table, 2);

    connect(m_template, &QPlainTextEdit::textChanged, this, &PromptEditor::refreshVariables);
    connect(m_template, &QPlainTextEdit::textChanged, this, &PromptEditor::changed);
    connect(m_repeats, &QSpinBox::valueChanged, this, &PromptEditor::changed);
    connect(paste, &QToolButton::clicked, this, &PromptEditor::pasteCases);
    connect(import, &QToolButton::clicked, this, &PromptEditor::chooseFile);
    connect(clear, &QToolButton::clicked, this, [this] { setCases({}); });
    refreshTable();
    refreshVariables();
}

void PromptEditor::setPromptTemplate(const QString &text)
{
    m_template->setPlainText(text);
}

void PromptEditor::setSystemPrompt(const QString &text)
{
    m_system->setPlainText(text);
}

void PromptEditor::setCases(const QList<TestCase> &cases)
{
    m_cases = cases;
    refreshTable();
    refreshVariables();
    emit changed();
}

bool PromptEditor::importText(const QString &text, QString *error)
{
    const bool jsonl = text.trimmed().startsWith(u'{');
    const TestCaseImport::Result r = jsonl ? TestCaseImport::fromJsonl(text)
                                           : TestCaseImport::fromPasted(text);
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    setCases(r.cases);
    return true;
}

bool PromptEditor::importFile(const QString &path, QString *error)
{
    const TestCaseImport::Result r = TestCaseImport::fromFile(path);
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    setCases(r.cases);
    return true;
}

void PromptEditor::pasteCases()
{
    QString error;
    if (importText(QApplication::clipboard()->text(), &error))
        emit message(tr("%n test case(s) pasted.", nullptr, int(m_cases.size())));
    else
        emit message(tr("Could not read the pasted cases: %1").arg(error));
}

void PromptEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import test cases"), {},
        tr("Test cases (*.csv *.tsv *.jsonl *.ndjson *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (importFile(path, &error))
        emit message(tr("%n test case(s) imported.", nullptr, int(m_cases.size())));
    else
        emit message(tr("Could not import %1: %2").arg(path, error));
}

void PromptEditor::refreshVariables()
{
    const QStringList vars = PromptTemplate(m_template->toPlainText()).variables();
    if (vars.isEmpty()) {
        m_variables->setText(tr("No variables: every test case sends the prompt as written."));
        return;
    }
    QStringList shown;
    for (const QString &v : vars) {
        const bool missing = !m_cases.isEmpty() && !m_cases.first().vars.contains(v);
        shown << (missing ? QStringLiteral("<span style='color:#b00020'>{{%1}} (no column)</span>")
                          : QStringLiteral("<span style='color:#1f5fbf'>{{%1}}</span>"))
                     .arg(v.toHtmlEscaped());
    }
    if (m_cases.isEmpty())
        shown << tr("— add test cases that fill them");
    m_variables->setText(tr("Variables: %1").arg(shown.join(u' ')));
}

void PromptEditor::refreshTable()
{
    QStringList columns{tr("id")};
    for (const TestCase &c : std::as_const(m_cases))
        for (auto it = c.vars.cbegin(); it != c.vars.cend(); ++it)
            if (!columns.contains(it.key()))
                columns << it.key();
    columns << tr("assertions");
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(m_cases.size()));
    for (int row = 0; row < int(m_cases.size()); ++row) {
        const TestCase &c = m_cases.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.id));
        for (int col = 1; col < int(columns.size()) - 1; ++col)
            m_table->setItem(row, col, new QTableWidgetItem(c.vars.value(columns.at(col))));
        QStringList asserts;
        for (const Assertion &a : c.assertions)
            asserts << a.toString();
        m_table->setItem(row, int(columns.size()) - 1,
                         new QTableWidgetItem(asserts.join(QStringLiteral(", "))));
    }
}

Experiment PromptEditor::experiment() const
{
    Experiment e;
    e.promptTemplate = PromptTemplate(m_template->toPlainText());
    e.systemPrompt = m_system->toPlainText();
    if (m_temperature->value() >= 0.0)
        e.params.temperature = m_temperature->value();
    if (m_maxTokens->value() > 0)
        e.params.maxTokens = m_maxTokens->value();
    e.repeats = m_repeats->value();
    e.cases = m_cases;
    if (e.cases.isEmpty())
        e.cases.append(TestCase{QStringLiteral("prompt"), {}, {}});
    return e;
}

QJsonObject PromptEditor::saveState() const
{
    Experiment e = experiment();
    e.cases = m_cases; // no stand-in case when there are none
    QJsonObject state = e.toJson();
    state.remove(QStringLiteral("targets"));
    state.remove(QStringLiteral("name"));
    return state;
}

void PromptEditor::restoreState(const QJsonObject &state)
{
    QString error;
    const std::optional<Experiment> e = Experiment::fromJson(state, &error);
    if (!e)
        return;
    m_template->setPlainText(e->promptTemplate.text());
    m_system->setPlainText(e->systemPrompt);
    m_temperature->setValue(e->params.temperature.value_or(m_temperature->minimum()));
    m_maxTokens->setValue(e->params.maxTokens.value_or(0));
    m_repeats->setValue(e->repeats);
    setCases(e->cases);
}
