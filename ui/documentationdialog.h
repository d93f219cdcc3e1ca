#pragma once

#include <QDialog>
#include <QList>

class QListWidget;
class QTextBrowser;

/// Help ▸ Documentation: the README and docs/*.md bundled under :/docs (no network), one
/// entry per section (## and ### headings) on the left, the section as Markdown on the right.
class DocumentationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentationDialog)

public:
    struct Section
    {
        QString title;
        int level = 1;    ///< 1 for "#", 2 for "##"...
        QString markdown; ///< the heading and its text up to the next heading of any level
    };

    explicit DocumentationDialog(QWidget *parent = nullptr);

    QListWidget *sectionList() const { return m_list; }
    QTextBrowser *browser() const { return m_browser; }
    const QList<Section> &sections() const { return m_sections; }
    /// Shows the first section whose title contains `title` (case-insensitive); false if none.
    bool showSection(const QString &title);

    /// Splits Markdown at its headings (lines in ``` fences are never headings); text before
    /// the first heading goes with an untitled first section named `documentTitle`.
    static QList<Section> splitSections(const QString &markdown, const QString &documentTitle);

private:
    QListWidget *m_list;
    QTextBrowser *m_browser;
    QList<Section> m_sections;
};
