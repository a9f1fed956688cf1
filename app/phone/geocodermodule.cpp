// numdesk-geocoder: libphonenumber's offline geocoder behind one C function, built as a module
// that PhoneNumbering loads on first use (geocodermodule.h says why).
#include "geocodermodule.h"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <unicode/locid.h>

extern "C" __attribute__((visibility("default"))) void
numdesk_geocoder_describe_v1(const i18n::phonenumbers::PhoneNumber &number, const char *language,
                             const char *country, const char *homeRegion, std::string *description)
{
    // Built on first use (thread-safe); it locks itself for each look-up.
    static const i18n::phonenumbers::PhoneNumberOfflineGeocoder geocoder;
    const icu::Locale locale(language, country);
    *description = homeRegion && *homeRegion
                       ? geocoder.GetDescriptionForNumber(number, locale, homeRegion)
                       : geocoder.GetDescriptionForNumber(number, locale);
}

// The loader checks the signature it expects against this one.
[[maybe_unused]] static constexpr NumdeskGeocoderDescribe kSignatureCheck =
    &numdesk_geocoder_describe_v1;
