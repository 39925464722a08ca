package io.p1vault.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(
        name = "team",
        mixinStandardHelpOptions = true,
        description = "Team vaults: one age file encrypted to every member, shared through git or a shared folder.",
        subcommands = {
            TeamCreateCommand.class,
            TeamMembersCommand.class,
            TeamAddMemberCommand.class,
            TeamRemoveMemberCommand.class,
            TeamPlanCommand.class,
            TeamSyncCommand.class,
            TeamMergeDriverCommand.class,
            TeamDiffDriverCommand.class
        })
final class TeamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
