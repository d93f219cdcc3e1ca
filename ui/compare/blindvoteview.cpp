#include "blindvoteview.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BlindVoteView::BlindVoteView(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QLabel(this))
    , m_a(new QPlainTextEdit(this))
    , m_b(new QPlainTextEdit(this))
    , m_nextButton(new QPushButton(tr("Next pair"), this))
    , m_reveal(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);
    auto *answers = new QGridLayout;
    answers->addWidget(new QLabel(tr("<b>Answer A</b>"), this), 0, 0);
    answers->addWidget(new QLabel(tr("<b>Answer B</b>"), this), 0, 1);
    m_a->setReadOnly(true);
    m_b->setReadOnly(true);
    answers->addWidget(m_a, 1, 0);
    answers->addWidget(m_b, 1, 1);
    layout->addLayout(answers, 2);

    auto *buttons = new QHBoxLayout;
    const QList<std::pair<QString, Preference>> choices{
        {tr("A is better"), Preference::A}, {tr("B is better"), Preference::B},
        {tr("Tie"), Preference::Tie}, {tr("Both bad"), Preference::BothBad}};
    for (const auto &[label, pref] : choices) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, pref] { vote(pref); });
        buttons->addWidget(button);
        m_voteButtons.append(button);
    }
    buttons->addStretch();
    buttons->addWidget(m_nextButton);
    layout->addLayout(buttons);
    m_reveal->setWordWrap(true);
    layout->addWidget(m_reveal);
    layout->addWidget(new QLabel(tr("<b>Ratings</b> (Elo, K = 32; Bradley–Terry on the same votes)"), this));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("target"), tr("Elo"), tr("Bradley–Terry"), tr("wins"),
                                        tr("losses"), tr("ties"), tr("both bad")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    connect(m_nextButton, &QPushButton::clicked, this, &BlindVoteView::nextPair);
    showCurrent();
}

BlindVoteView::~BlindVoteView() = default;

void BlindVoteView::setCells(const QList<CellResult> &cells)
{
    QMap<std::pair<int, int>, QList<CellResult>> byCase;
    for (const CellResult &c : cells)
        if (c.state == CellState::Succeeded)
            byCase[{c.key.caseIndex, c.key.repeat}].append(c);
    m_pairs.clear();
    for (const QList<CellResult> &group : std::as_const(byCase))
        for (qsizetype i = 0; i < group.size(); ++i)
            for (qsizetype j = i + 1; j < group.size(); ++j)
                if (group[i].targetId != group[j].targetId)
                    m_pairs.append({group[i], group[j]});
    m_next = 0;
    m_current.reset();
    nextPair();
}

void BlindVoteView::nextPair()
{
    m_current.reset();
    if (m_next < int(m_pairs.size())) {
        const auto &[first, second] = m_pairs.at(m_next++);
        m_current = std::make_unique<BlindPair>(first, second, m_rng);
    }
    showCurrent();
}

void BlindVoteView::showCurrent()
{
    for (QPushButton *b : std::as_const(m_voteButtons))
        b->setEnabled(m_current && !m_current->isRevealed());
    m_nextButton->setEnabled(m_next < int(m_pairs.size()));
    m_reveal->clear();
    if (!m_current) {
        m_prompt->setText(tr("No pair to judge: run two or more targets first."));
        m_a->clear();
        m_b->clear();
        return;
    }
    m_prompt->setText(tr("Pair %1 of %2. Prompt: %3").arg(m_next).arg(m_pairs.size())
                          .arg(m_current->prompt().left(300)));
    m_a->setPlainText(m_current->textA());
    m_b->setPlainText(m_current->textB());
}

QString BlindVoteView::textA() const
{
    return m_a->toPlainText();
}

QString BlindVoteView::textB() const
{
    return m_b->toPlainText();
}

QString BlindVoteView::revealText() const
{
    return m_reveal->text();
}

bool BlindVoteView::vote(Preference preference)
{
    if (!m_current || !m_current->vote(preference))
        return false;
    const CellResult a = *m_current->revealA();
    const CellResult b = *m_current->revealB();
    const auto who = [](const CellResult &c) {
        return QStringLiteral("%1 (%2 %3)").arg(c.targetId, c.outcome.provider, c.outcome.model);
    };
    m_reveal->setText(tr("You chose %1. A was %2; B was %3.")
                          .arg(preferenceName(preference), who(a), who(b)));
    if (const auto v = m_current->targetVote())
        m_ratings.add(*v);
    for (QPushButton *button : std::as_const(m_voteButtons))
        button->setEnabled(false);
    refreshRatings();
    return true;
}

void BlindVoteView::refreshRatings()
{
    const QList<RatingTable::Row> rows = m_ratings.rows();
    m_table->setRowCount(int(rows.size()));
    const QLocale c = QLocale::c();
    for (int i = 0; i < int(rows.size()); ++i) {
        const RatingTable::Row &r = rows.at(i);
        const QStringList cells{r.name, c.toString(r.elo, 'f', 0), c.toString(r.bradleyTerry, 'f', 0),
                                QString::number(r.wins), QString::number(r.losses),
                                QString::number(r.ties), QString::number(r.bothBad)};
        for (int col = 0; col < int(cells.size()); ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
}
