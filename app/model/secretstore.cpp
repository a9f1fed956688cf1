#include "secretstore.h"

namespace numdesk {

SecretStore::~SecretStore() = default;

} // namespace numdesk
