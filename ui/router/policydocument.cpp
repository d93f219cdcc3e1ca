#include "policydocument.h"

#include <QUndoCommand>

namespace {

/// Undo ids: one per field, so mergeWith() never merges edits of different fields.
constexpr int kSetValueBase = 1000;
constexpr int kSetThresholds = 2000;

class SetValueCommand final : public QUndoCommand
{
public:
    SetValueCommand(PolicyDocument *doc, PolicyField field, double before, double after, int gesture)
        : m_doc(doc), m_field(field), m_before(before), m_after(after), m_gesture(gesture)
    {
        setText(PolicyDocument::tr("Set %1 to %2")
                    .arg(PolicyFields::label(field), QString::number(after, 'f', 2)));
    }
    int id() const override { return kSetValueBase + int(m_field); }
    void undo() override { m_doc->applyValue(m_field, m_before); }
    void redo() override { m_doc->applyValue(m_field, m_after); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetValueCommand *>(other);
        if (m_gesture == 0 || next->m_gesture != m_gesture || next->m_field != m_field)
            return false;
        m_after = next->m_after;
        setText(next->text());
        return true;
    }

private:
    PolicyDocument *m_doc;
    PolicyField m_field;
    double m_before;
    double m_after;
    int m_gesture;
};

class SetThresholdsCommand final : public QUndoCommand
{
public:
    SetThresholdsCommand(PolicyDocument *doc, ComplexityThresholds before,
                         ComplexityThresholds after, const QString &text)
        : m_doc(doc), m_before(before), m_after(after)
    {
        setText(text);
    }
    int id() const override { return kSetThresholds; }
    void undo() override { m_doc->applyThresholds(m_before); }
    void redo() override { m_doc->applyThresholds(m_after); }

private:
    PolicyDocument *m_doc;
    ComplexityThresholds m_before;
    ComplexityThresholds m_after;
};

} // namespace

PolicyDocument::PolicyDocument(QObject *parent)
    : QObject(parent)
    , m_policy(RouterPolicy::seedDefault())
    , m_saved(m_policy)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

bool PolicyDocument::isValid(const RouterPolicy &p)
{
    const ComplexityThresholds &t = p.thresholds;
    if (!(t.standard >= 0 && t.standard <= t.heavy && t.heavy <= 1))
        return false;
    double sum = 0;
    for (PolicyField f : PolicyFields::weights) {
        const double w = PolicyFields::value(p, f);
        if (!(w >= 0))
            return false;
        sum += w;
    }
    return sum > 0;
}

bool PolicyDocument::setValue(PolicyField field, double value, int gesture)
{
    const double before = PolicyFields::value(m_policy, field);
    RouterPolicy next = m_policy;
    PolicyFields::setValue(next, field, value);
    if (!isValid(next))
        return false;
    if (before == value)
        return true;
    m_undo.push(new SetValueCommand(this, field, before, value, gesture));
    return true;
}

bool PolicyDocument::setThresholds(const ComplexityThresholds &thresholds, const QString &description)
{
    RouterPolicy next = m_policy;
    next.thresholds = thresholds;
    if (!isValid(next))
        return false;
    const ComplexityThresholds before = m_policy.thresholds;
    if (before.standard == thresholds.standard && before.heavy == thresholds.heavy)
        return true;
    m_undo.push(new SetThresholdsCommand(this, before, thresholds, description));
    return true;
}

void PolicyDocument::reset(const RouterPolicy &policy, const QString &path)
{
    m_undo.clear();
    m_policy = policy;
    m_saved = policy;
    if (m_path != path) {
        m_path = path;
        emit pathChanged(path);
    }
    emit changed();
}

void PolicyDocument::markSaved(const QString &path)
{
    m_undo.setClean();
    m_saved = m_policy;
    if (m_path != path) {
        m_path = path;
        emit pathChanged(path);
    }
}

void PolicyDocument::applyValue(PolicyField field, double value)
{
    PolicyFields::setValue(m_policy, field, value);
    emit changed();
}

void PolicyDocument::applyThresholds(const ComplexityThresholds &thresholds)
{
    m_policy.thresholds = thresholds;
    emit changed();
}
