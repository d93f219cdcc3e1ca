#include "editorpage.h"

#include "codeeditor.h"
#include "editordocument.h"
#include "formview.h"
#include "yamlview.h"

#include <QSplitter>
#include <QVBoxLayout>

EditorPage::EditorPage(EditorDocument *document, const ModelCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_form(new FormView(document, catalog, m_splitter))
    , m_yaml(new YamlView(document, m_splitter))
{
    document->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_yaml);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setFocusProxy(m_form);
}

void EditorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // First show: the form gets 70 %, so the whole tiers table (with its cost column)
    // fits; a restored session brings back the user's own sizes.
    if (m_savedSizes.isEmpty() || !m_splitter->restoreState(m_savedSizes))
        m_splitter->setSizes({m_splitter->width() * 7 / 10, m_splitter->width() * 3 / 10});
}

void EditorPage::restoreSplitter(const QByteArray &state)
{
    m_savedSizes = state;
    if (m_sized)
        m_splitter->restoreState(state);
}

void EditorPage::jumpTo(int line, int column, const QString &path)
{
    if (line > 0)
        m_yaml->editor()->goToPosition(line, column);
    m_form->showField(m_document->documentAtLine(line), path);
}
