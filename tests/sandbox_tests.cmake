# Tests of numdesk_sandbox (the TrackDrive emulator); included from tests/CMakeLists.txt.
