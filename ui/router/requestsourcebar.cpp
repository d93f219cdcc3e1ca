#include "requestsourcebar.h"

#include "prompter.h"
#include "requestsource.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

RequestSourceBar::RequestSourceBar(RequestSource *source, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_prompter(prompter)
    , m_stored(new QPushButton(tr("Stored Requests"), this))
    , m_import(new QPushButton(tr("Import JSONL…"), this))
    , m_description(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Requests:"), this));
    row->addWidget(m_stored);
    row->addWidget(m_import);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    row->addWidget(m_description, 1);
    m_stored->setToolTip(tr("The routing decisions stored in the workspace database, with their message text"));
    m_import->setToolTip(tr("One request per line, in `tierctl route --jsonl`'s input format"));
    m_stored->setEnabled(source->hasStore());
    if (!source->hasStore())
        m_stored->setToolTip(tr("No workspace database is open: import a JSONL file instead"));
    connect(m_stored, &QPushButton::clicked, source, &RequestSource::loadStored);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QStringList files = m_prompter->openFileNames(
            tr("Import requests (JSONL)"), QDir::homePath(),
            tr("JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
        if (!files.isEmpty())
            m_source->loadFile(files.constFirst());
    });
    connect(source, &RequestSource::loaded, this, &RequestSourceBar::refresh);
    connect(source, &RequestSource::loadingChanged, this, &RequestSourceBar::refresh);
    refresh();
}

void RequestSourceBar::refresh()
{
    const bool loading = m_source->isLoading();
    m_import->setEnabled(!loading);
    m_stored->setEnabled(!loading && m_source->hasStore());
    m_description->setText(loading ? tr("Loading…") : m_source->description());
    QString tip;
    const auto &errors = m_source->input().lineErrors;
    for (qsizetype i = 0; i < std::min<qsizetype>(errors.size(), 20); ++i)
        tip += tr("line %1: %2\n").arg(errors.at(i).first).arg(errors.at(i).second);
    m_description->setToolTip(tip.trimmed());
}
