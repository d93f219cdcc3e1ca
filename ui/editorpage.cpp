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
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 360});
    m_splitter->setChildrenCollapsible(false);
    setFocusProxy(m_form);
}

void EditorPage::jumpTo(int line, int column, const QString &path)
{
    if (line > 0)
        m_yaml->editor()->goToPosition(line, column);
    m_form->showField(m_document->documentAtLine(line), path);
}
