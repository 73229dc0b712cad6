// --dump-config lists every option with its default; --verify-config accepts
// them and flags unknown ones.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' --config='{}' --dump-config %s -- 2>&1 | %FileCheck %s --check-prefix=DUMP
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' --config="{CheckOptions: {static-state-written-by-instance.MaxWriteNotes: 2}}" --verify-config 2>&1 | %FileCheck %s --check-prefix=OK
// RUN: %not %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' --config="{CheckOptions: {static-state-written-by-instance.IgnoreGuardedWritez: true}}" --verify-config 2>&1 | %FileCheck %s --check-prefix=UNKNOWN

// DUMP-DAG: static-state-written-by-instance.IgnoredTypes: 'std::atomic.*;
// DUMP-DAG: static-state-written-by-instance.LockTypes: 'std::lock_guard;std::unique_lock;std::scoped_lock;std::shared_lock'
// DUMP-DAG: static-state-written-by-instance.TestFixtureBases: '::testing::Test;::CppUnit::TestCase;::CppUnit::TestFixture'
// DUMP-DAG: static-state-written-by-instance.LockTypesByShape: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreGuardedWrites: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreInstanceCounters: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreIdGenerators: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreSelfRegistration: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnorePrunedRegistries: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreLazyInitialization: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreWarnOnceLatches: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreClassWideTallies: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreClassLevelSettings: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreUsesByClassName: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreSingletonClasses: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreMacroDeclaredStatics: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreCallbackState: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreRegisteredObjects: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreScopedFlags: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreHighWaterMarks: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreThreadLocal: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreWriteOnlyStatics: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnorePrintedCounts: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreAssertionSinks: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreObjectFreeCaches: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreConstantStores: 'true'
// DUMP-DAG: static-state-written-by-instance.ClassWideNamesFile: ''
// DUMP-DAG: static-state-written-by-instance.RecordClassWideNamesTo: ''
// DUMP-DAG: static-state-written-by-instance.SharingCommentPattern: {{.*}}(shared|global|class-wide|process-wide|all instances|
// DUMP-DAG: static-state-written-by-instance.IgnoreRandomEngines: 'true'
// DUMP-DAG: static-state-written-by-instance.IgnoreAtomicLikeTypes: 'true'
// DUMP-DAG: static-state-written-by-instance.MaxWriteNotes: '3'
// OK: No config errors detected.
// UNKNOWN: unknown check option 'static-state-written-by-instance.IgnoreGuardedWritez'; did you mean 'static-state-written-by-instance.IgnoreGuardedWrites'
