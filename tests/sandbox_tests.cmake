# Tests of numdesk_sandbox (the TrackDrive emulator); included from tests/CMakeLists.txt.
numdesk_add_test(tst_sandboxserver LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
numdesk_add_test(tst_sandboxnumberlist LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
