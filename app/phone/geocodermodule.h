#pragma once

// The one function of the numdesk-geocoder module (geocodermodule.cpp), which PhoneNumbering
// loads the first time a number's place is asked for (see PhoneNumbering::location).
//
// The module holds libphonenumber's offline geocoder. Its library, libgeocoding, carries its
// data as ~460,000 pointers that the dynamic loader relocates when it loads it: ~25 ms before
// main() of every process that links it, a script's every numdesk-cli call included. Loaded
// with the module, only a process that places a number on the map pays for it.

#include <string>

namespace i18n::phonenumbers {
class PhoneNumber;
}

// The file name of the module, and of its function. The version in the name changes with the
// signature, so that a stale module is not called with the wrong arguments.
#define NUMDESK_GEOCODER_MODULE "numdesk-geocoder.so"
#define NUMDESK_GEOCODER_FUNCTION "numdesk_geocoder_describe_v1"

// The description of `number` (a city, a state, a country) in the language of `language` and
// `country` (ISO 639 and ISO 3166 codes; `country` may be empty). With a `homeRegion`, a number
// of that region gets a finer place than the region's name. Empty when the geocoder knows none.
using NumdeskGeocoderDescribe = void (*)(const i18n::phonenumbers::PhoneNumber &number,
                                         const char *language, const char *country,
                                         const char *homeRegion, std::string *description);
