#pragma once

// Private to core/routing: the single-pass tokenizer behind ComplexityEstimator.
// Works on code points from a decoder (UTF-16 or UTF-8) so both inputs give identical words.

#include <QChar>

#include <cstdint>

namespace TextScan {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

inline std::uint64_t fnvStep(std::uint64_t h, char32_t cp)
{
    // Feed the code point byte-wise; ASCII costs one step.
    do {
        h ^= cp & 0xffu;
        h *= kFnvPrime;
        cp >>= 8;
    } while (cp);
    return h;
}

/// Hash of a two-word sequence; never 0 (0 marks an empty slot).
inline std::uint64_t combine(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t h = (a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2))) * 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h ? h : 1;
}

struct Utf16Decoder
{
    const char16_t *p;
    const char16_t *end;
    std::int64_t sizeHint() const { return end - p; }
    bool next(char32_t &cp)
    {
        if (p == end)
            return false;
        const char16_t c = *p++;
        if (c < 0xd800 || c > 0xdfff) {
            cp = c;
        } else if (c <= 0xdbff && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
            cp = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
        } else {
            cp = 0xfffd;
        }
        return true;
    }
};

struct Utf8Decoder
{
    const unsigned char *p;
    const unsigned char *end;
    std::int64_t sizeHint() const { return end - p; }
    bool next(char32_t &cp)
    {
        if (p == end)
            return false;
        const unsigned char c = *p++;
        if (c < 0x80) {
            cp = c;
            return true;
        }
        int extra = 0;
        char32_t value = 0;
        char32_t minimum = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1, value = c & 0x1f, minimum = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, value = c & 0x0f, minimum = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, value = c & 0x07, minimum = 0x10000;
        } else {
            cp = 0xfffd;
            return true;
        }
        for (int i = 0; i < extra; ++i) {
            if (p == end || (*p & 0xc0) != 0x80) {
                cp = 0xfffd;
                return true;
            }
            value = (value << 6) | (*p++ & 0x3f);
        }
        const bool surrogate = value >= 0xd800 && value <= 0xdfff;
        cp = (value < minimum || value > 0x10ffff || surrogate) ? 0xfffd : value;
        return true;
    }
};

enum CharFlag : unsigned char {
    WordChar = 1,
    Joiner = 2,     // kept inside a word when a word character follows
    Terminator = 4, // ends a sentence
    Clause = 8,     // , ; : (
    CodeSymbol = 16,
    Upper = 32,
    Lower = 64,
    Digit = 128,
};

/// Bits of the `traits` argument of a sink's word().
enum WordTrait : unsigned {
    CodeLikeWord = 1, ///< an inner _ or ., or camelCase
    HasDigit = 2,     ///< at least one ASCII digit
};

struct AsciiTable
{
    unsigned char flags[128] = {};
    constexpr AsciiTable()
    {
        for (int c = '0'; c <= '9'; ++c)
            flags[c] = WordChar | Digit;
        for (int c = 'a'; c <= 'z'; ++c)
            flags[c] = WordChar | Lower;
        for (int c = 'A'; c <= 'Z'; ++c)
            flags[c] = WordChar | Upper;
        flags[int('-')] = Joiner;
        flags[int('_')] = Joiner;
        flags[int('\'')] = Joiner;
        flags[int('.')] = Joiner | Terminator;
        flags[int('!')] = Terminator;
        flags[int('?')] = Terminator;
        flags[int(',')] = Clause;
        flags[int(':')] = Clause;
        flags[int(';')] = Clause | CodeSymbol;
        flags[int('(')] = Clause | CodeSymbol;
        for (char c : {'{', '}', '[', ']', ')', '=', '<', '>', '|', '&', '`', '$', '\\'})
            flags[int(c)] = CodeSymbol;
    }
};

inline constexpr AsciiTable kAscii;

inline unsigned flagsOf(char32_t cp)
{
    if (cp < 0x80)
        return kAscii.flags[cp];
    if (cp == 0x2019) // ’ as in don’t
        return Joiner;
    if (cp == 0x3002 || cp == 0xff01 || cp == 0xff1f || cp == 0x2026) // 。！？…
        return Terminator;
    if (cp == 0xff0c || cp == 0x3001) // ，、
        return Clause;
    return QChar::isLetterOrNumber(cp) ? unsigned(WordChar) : 0u;
}

inline char32_t fold(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp == 0x2019)
        return '\'';
    return QChar::toCaseFolded(cp);
}

/// Calls sink.word(hash, letters, traits) (WordTrait bits) for each word and sink.punct(flags) for each
/// non-word character that carries flags (including a joiner that did not join).
template<typename Decoder, typename Sink>
void tokenize(Decoder decoder, Sink &sink)
{
    bool inWord = false;
    std::uint64_t hash = 0;
    int letters = 0;
    bool codeLike = false;
    bool digit = false;
    unsigned prevFlags = 0;
    char32_t pending = 0; // a joiner seen inside a word, not yet known to join
    unsigned pendingFlags = 0;
    char32_t cp = 0;
    while (decoder.next(cp)) {
        const unsigned f = flagsOf(cp);
        if (f & WordChar) {
            if (!inWord) {
                inWord = true;
                hash = kFnvOffset;
                letters = 0;
                codeLike = false;
                digit = false;
            } else if (pending) {
                hash = fnvStep(hash, fold(pending));
                codeLike = codeLike || pending == '_' || pending == '.';
                pending = 0;
            } else if ((f & Upper) && (prevFlags & Lower)) {
                codeLike = true; // camelCase
            }
            hash = fnvStep(hash, fold(cp));
            ++letters;
            digit = digit || (f & Digit);
            prevFlags = f;
            continue;
        }
        if (inWord && (f & Joiner) && !pending) {
            pending = cp;
            pendingFlags = f;
            continue;
        }
        if (inWord) {
            sink.word(hash, letters, (codeLike ? CodeLikeWord : 0u) | (digit ? HasDigit : 0u));
            inWord = false;
            if (pending) {
                sink.punct(pendingFlags, pending);
                pending = 0;
            }
        }
        prevFlags = f;
        sink.punct(f, cp);
    }
    if (inWord) {
        sink.word(hash, letters, (codeLike ? CodeLikeWord : 0u) | (digit ? HasDigit : 0u));
        if (pending)
            sink.punct(pendingFlags, pending);
    }
}

} // namespace TextScan
