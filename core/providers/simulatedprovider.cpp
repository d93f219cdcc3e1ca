#include "simulatedprovider.h"

#include "simulatedtext.h"

#include <QCryptographicHash>

namespace SimulatedProvider {

Plan plan(const CompletionRequest &request)
{
    QString prompt;
    QString allText;
    for (const ChatMessage &m : request.messages) {
        allText += m.content;
        if (m.role == u"user")
            prompt = m.content;
    }
    Plan p;
    p.pieces = SimulatedText::tokens(SimulatedText::answer(prompt, request.model));
    p.finishReason = QStringLiteral("stop");
    if (request.maxTokens && *request.maxTokens > 0 && *request.maxTokens < p.pieces.size()) {
        p.pieces = p.pieces.mid(0, *request.maxTokens);
        p.finishReason = QStringLiteral("length");
    }
    p.inputTokens = SimulatedText::estimateTokens(allText);
    p.outputTokens = p.pieces.size();
    // Latency from the model name: "small" models answer faster, like real ones.
    const QByteArray h = QCryptographicHash::hash(request.model.toUtf8(), QCryptographicHash::Md5);
    const int jitter = quint8(h.at(0)) % 100;
    const QString m = request.model.toLower();
    const bool small = m.contains(u"mini") || m.contains(u"small") || m.contains(u"haiku")
        || m.contains(u"fast") || m.contains(u"nano") || m.contains(u"flash");
    p.firstByteMs = (small ? 150 : 400) + jitter;
    p.pieceMs = (small ? 12 : 30) + jitter / 10;
    return p;
}

} // namespace SimulatedProvider
