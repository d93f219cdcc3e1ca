#include "documentationdialog.h"

#include "dialogbuttons.h"
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

QList<DocumentationDialog::Section> DocumentationDialog::splitSections(const QString &markdown,
                                                                       const QString &documentTitle)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,4})\\s+(.+?)\\s*#*\\s*$"));
    QList<Section> out;
    Section current{documentTitle, 1, {}};
    bool inFence = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QStringLiteral("```")))
            inFence = !inFence;
        const QRegularExpressionMatch m = inFence ? QRegularExpressionMatch() : heading.match(line);
        if (m.hasMatch()) {
            if (!current.markdown.trimmed().isEmpty())
                out.append(current);
            current = Section{m.captured(2), int(m.captured(1).size()), {}};
        }
        current.markdown += line + u'\n';
    }
    if (!current.markdown.trimmed().isEmpty())
        out.append(current);
    return out;
}

DocumentationDialog::DocumentationDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("TierBench Documentation"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list->setAccessibleName(tr("Sections"));
    m_list->setMaximumWidth(340);
    m_browser->setOpenExternalLinks(true);
    row->addWidget(m_list, 1);
    row->addWidget(m_browser, 3);
    layout->addLayout(row, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    DialogButtons::translate(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<std::pair<QString, QString>> files = {
        {QStringLiteral(":/docs/README.md"), QStringLiteral("TierBench")},
        {QStringLiteral(":/docs/architecture.md"), tr("Architecture")},
        {QStringLiteral(":/docs/bad-input.md"), tr("Bad input")},
    };
    for (const auto &[path, title] : files)
        m_sections += splitSections(readResource(path), title);
    for (const Section &s : std::as_const(m_sections)) {
        auto *item = new QListWidgetItem(QString(2 * (s.level - 1), u' ') + s.title, m_list);
        if (s.level == 1) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_sections.size())
            m_browser->setMarkdown(m_sections.at(row).markdown);
    });
    if (m_sections.isEmpty())
        m_browser->setPlainText(tr("The documentation is not part of this build."));
    else
        m_list->setCurrentRow(0);
}

bool DocumentationDialog::showSection(const QString &title)
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).title.contains(title, Qt::CaseInsensitive)) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}
