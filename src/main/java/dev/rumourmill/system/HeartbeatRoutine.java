package dev.rumourmill.system;

/** The routine that tells the shared instance list this process is alive (every 30 s). */
class HeartbeatRoutine implements Routine {

    private final RunningInstance instance;

    HeartbeatRoutine(RunningInstance instance) {
        this.instance = instance;
    }

    @Override
    public String name() {
        return "instance-heartbeat";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(instance.heartbeatEvery());
    }

    @Override
    public void run() {
        instance.heartbeat();
    }
}
