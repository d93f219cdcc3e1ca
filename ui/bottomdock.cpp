#include "bottomdock.h"

#include "problemsmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>

BottomDock::BottomDock(QWidget *parent)
    : QDockWidget(tr("Problems, Output, Alerts"), parent)
    , m_tabs(new QTabWidget(this))
    , m_problems(new ProblemsModel(this))
    , m_problemsView(new QTreeView(this))
    , m_output(new QPlainTextEdit(this))
    , m_alertsPage(nullptr)
    , m_alerts(nullptr)
{
    setObjectName(QStringLiteral("bottomDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setTitleBarWidget(new QWidget(this));
    m_problemsView->setModel(m_problems);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::PathColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::LocationColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setStretchLastSection(false);
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Output"));
    auto *none = new QLabel(tr("No alerts. A tenant's budget crossing 80% or 95% of its daily or "
                               "monthly limit shows here, once per period."), this);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    none->setMargin(8);
    none->setWordWrap(true);
    m_alerts = new QListWidget(this);
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alertsPage = new QStackedWidget(this);
    m_alertsPage->addWidget(none);
    m_alertsPage->addWidget(m_alerts);
    m_tabs->addTab(m_problemsView, QString());
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(m_alertsPage, QString());
    m_tabs->setDocumentMode(true);
    setWidget(m_tabs);

    // A single click jumps, like a double click or Enter: the panel is a list of places.
    const auto jump = [this](const QModelIndex &index) {
        emit problemActivated(index.data(ProblemsModel::LineRole).toInt(),
                              index.data(ProblemsModel::ColumnRole).toInt(),
                              index.data(ProblemsModel::PathRole).toString());
    };
    connect(m_problemsView, &QTreeView::clicked, this, jump);
    connect(m_problemsView, &QTreeView::activated, this, jump);
    connect(m_problems, &QAbstractItemModel::modelReset, this, &BottomDock::updateTitles);
    updateTitles();
}

void BottomDock::appendOutput(const QString &line)
{
    m_output->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void BottomDock::appendAlert(const QString &text)
{
    auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")),
                                     QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + text);
    item->setToolTip(text);
    m_alerts->insertItem(0, item); // newest first
    m_alertsPage->setCurrentWidget(m_alerts);
    updateTitles();
}

void BottomDock::appendAlert(const QString &text, const QString &actionText, std::function<void()> action)
{
    appendAlert(text);
    QListWidgetItem *item = m_alerts->item(0);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(item->text());
    label->setToolTip(text);
    auto *button = new QPushButton(actionText);
    connect(button, &QPushButton::clicked, this, std::move(action));
    layout->addWidget(label, 1);
    layout->addWidget(button);
    item->setText(QString());
    item->setSizeHint(row->sizeHint());
    m_alerts->setItemWidget(item, row);
}

int BottomDock::alertCount() const
{
    return m_alerts->count();
}

void BottomDock::showProblems()
{
    m_tabs->setCurrentWidget(m_problemsView);
}

void BottomDock::updateTitles()
{
    m_tabs->setTabText(m_tabs->indexOf(m_problemsView),
                       tr("Problems (%1)").arg(m_problems->rowCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_alertsPage), tr("Alerts (%1)").arg(m_alerts->count()));
}
