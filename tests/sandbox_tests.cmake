# Tests of numdesk_sandbox (the TrackDrive emulator); included from tests/CMakeLists.txt.
numdesk_add_test(tst_sandboxserver LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
numdesk_add_test(tst_sandboxnumberlist LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
numdesk_add_test(tst_sandboxnumberwrite LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
numdesk_add_test(tst_sandboxfaults LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
numdesk_add_test(tst_sandboxrawqueryparser LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxcsvwriter LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxdemodatagenerator LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxfaultinjector LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxcommandline LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxnumberfilterindex LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxnumberjsonwriter LIBS numdesk_sandbox LABELS sandbox)
numdesk_add_test(tst_sandboxconcurrentreads LIBS numdesk_sandbox Qt6::Network LABELS sandbox)

# The seed's own curl/wget examples against the real executable.
add_test(NAME e2e_seed_examples
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/seed_examples.sh $<TARGET_FILE:numdesk-sandbox>)
set_tests_properties(e2e_seed_examples PROPERTIES TIMEOUT 120 LABELS "sandbox;e2e")
numdesk_add_test(tst_sandboxnumbersearch LIBS numdesk_sandbox Qt6::Network LABELS sandbox)
