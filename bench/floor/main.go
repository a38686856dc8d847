// Command floor is the memory floor of itcheck's stack: the one-question
// huh form of the peer in ../shared/bench/peers/huhmin, run as a cobra
// command through fang after a YAML document is decoded and written as
// JSON, so that the libraries itcheck is built on (cobra, fang,
// go.yaml.in/yaml/v3, encoding/json) are linked and started, and nothing
// else of itcheck is. bench/speed.sh measures it against the peer.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"charm.land/fang/v2"
	"charm.land/huh/v2"
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

func main() {
	root := &cobra.Command{
		Use:   "floor",
		Short: "One huh question, run the way itcheck runs its commands",
		RunE: func(*cobra.Command, []string) error {
			var doc map[string]any
			if err := yaml.Unmarshal([]byte("who: nobody\n"), &doc); err != nil {
				return err
			}
			if _, err := json.Marshal(doc); err != nil {
				return err
			}
			var who string
			form := huh.NewForm(huh.NewGroup(
				huh.NewSelect[string]().
					Title("Who is calling the shots?").
					Options(huh.NewOptions("The CEO", "The developers", "CI", "Nobody")...).
					Value(&who),
			))
			if err := form.Run(); err != nil {
				return err
			}
			fmt.Println(who)
			return nil
		},
	}
	if err := fang.Execute(context.Background(), root); err != nil {
		if errors.Is(err, huh.ErrUserAborted) {
			os.Exit(130)
		}
		os.Exit(1)
	}
}
