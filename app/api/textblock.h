#pragma once

#include <QString>

#include <string_view>
#include <vector>

namespace numdesk {

// The texts of one record, decoded into one allocation that their QStrings share, instead of one
// allocation each. A record of the service has a dozen texts that differ from record to record
// (number forms, times, uuid, checksum, provider key); their allocations, and their frees on the
// thread that writes the page out, were a fifth of the CLI's CPU in an export.
//
// Each QString made here is an ordinary QString sharing its data, as copies of a QString do: it
// sees only its own characters, which end in '\0' as QString's always do, and the first change
// to it copies them into an allocation of its own (unless it is the block's last user, which
// may then grow in place: no one else sees that memory). The block is freed with its last
// QString. A text that is not ASCII, or empty, is made by QString::fromUtf8 on its own, as
// before: only pure ASCII is widened here, and for ASCII that is exactly what fromUtf8 does.
class TextBlock
{
public:
    TextBlock() { m_entries.reserve(32); } // a record's texts without growing
    // Queues `utf8` (whose bytes must stay valid until finish) to be set into `target`, and into
    // `copy` too when given.
    void add(std::string_view utf8, QString *target, QString *copy = nullptr)
    {
        m_entries.push_back({utf8, target, copy});
    }
    // Sets every queued text; one allocation for all those in ASCII.
    void finish();
    // Forgets the queued texts without setting them.
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.empty(); }

private:
    struct Entry
    {
        std::string_view utf8;
        QString *target;
        QString *copy;
    };
    std::vector<Entry> m_entries; // kept from one record to the next
};

} // namespace numdesk
